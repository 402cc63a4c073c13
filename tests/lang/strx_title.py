# str.title / istitle / capitalize: apostrophes, digits, underscores, non-ASCII letters
samples = ["hello world", "they're bill's friends from the UK", "HELLO", "hELLO wORLD", "o'neil", "x1y2z3", "1st 2nd 3rd",
           "snake_case_name", "kebab-case-name", "dot.separated.words", "  leading space", "ñandú élan", "ǆemal ǉubljana",
           "ﬁsh ﬂy", "ΓΕΙΑ ΣΟΥ", "über-straße", "a", "", "123", "Ħello", "mcdonald's", "ÉCOLE", "il était une fois",
           "ʼn", "ᾳ ᾳ", "日本 text", "tab\tseparated\twords", "line\nbreak"]
for s in samples:
    print(ascii(s), ascii(s.title()), s.title().istitle(), s.istitle(), ascii(s.capitalize()), s.capitalize().istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "Hello1World".istitle(), "1Hello".istitle(),
      "Hello's".istitle(), "Hello'S".istitle(), "ǅemal".istitle(), "ǅ".istitle(), "A".istitle(), "a".istitle(), "".istitle())
import_free_capwords = " ".join(w.capitalize() for w in "the quick brown fox's tail".split())
print(import_free_capwords)
