KIND = "regular module"
