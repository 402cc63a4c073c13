s = ('a'
     b'b')
