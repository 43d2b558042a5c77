"""The Đón tiếp tab."""
