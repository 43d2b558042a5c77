"""The Xét khen thưởng tab."""
