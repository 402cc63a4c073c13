__all__ = ["X", "subm"]
X = "X"
