"""The In ấn (Printing) tab."""
