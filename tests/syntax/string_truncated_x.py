s = 'ok'
t = ('abc\x4'
     'def')
