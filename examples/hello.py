# A small sample program: `make run` builds Taipan and runs it.

def greet(name: str, times: int = 1) -> str:
    """Return a greeting repeated `times` times."""
    return " ".join(f"Hello, {name}!" for _ in range(times))


if __name__ == "__main__":
    print(greet("world"))
