# Non-ASCII identifiers and strings: columns are in UTF-8 bytes.
café = 'crème brûlée'
π = 3.14159
名前 = "日本語"
x = ('😀', 'ß', café + 名前)
ﬁle = 1
def größe(länge): return länge * π
s = f'{café}é{π:.2f}'
