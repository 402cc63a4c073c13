# async def, await, async for, async comprehensions.
import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return await x

async def main():
    async for item in aiter():
        print(item)
    else:
        pass
    results = [await f(x) for x in xs]
    gen = (y async for y in agen())
    r = await asyncio.gather(*[fetch(i) for i in range(3)])

asyncio.run(main())
