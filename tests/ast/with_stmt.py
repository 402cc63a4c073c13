# with, including parenthesised managers (3.10+) and async with.
with open('f') as f:
    pass

with a, b as c, d() as (e, g):
    pass

with (
    open('a') as a,
    open('b') as b,
):
    pass

with (yield):
    pass

with (a, b):
    pass

async def f():
    async with lock as l:
        pass
