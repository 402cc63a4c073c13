# A small sample program. `make run` shows its syntax tree; running it
# (printing the greeting) comes with Taipan's virtual machine.

def greet(name: str, times: int = 1) -> str:
    """Return a greeting repeated `times` times."""
    return " ".join(f"Hello, {name}!" for _ in range(times))


if __name__ == "__main__":
    print(greet("world"))
