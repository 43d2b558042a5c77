"""The Đại biểu tab: the delegate registry."""
