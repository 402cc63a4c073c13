NS = "portion"
