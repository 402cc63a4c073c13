s = f'{a\n}'
