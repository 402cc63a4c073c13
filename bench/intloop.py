# Integer loops: Collatz chain lengths, a sieve of Eratosthenes and
# Euclid's gcd. Small ints only, while/for loops, bit operations, % and //.

def longest_collatz(limit):
    best_n, best_len = 1, 0
    for n in range(1, limit):
        m = n
        steps = 0
        while m != 1:
            if m & 1:
                m = 3 * m + 1
            else:
                m >>= 1
            steps += 1
        if steps > best_len:
            best_n, best_len = n, steps
    return best_n, best_len


def count_primes(n):
    composite = [False] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if not composite[i]:
            count += 1
            for j in range(i * i, n + 1, i):
                composite[j] = True
    return count


def gcd_total(n):
    total = 0
    for a in range(1, n):
        x, y = n, a
        while y:
            x, y = y, x % y
        total += x
    return total


def digit_sums(limit):
    total = 0
    for n in range(limit):
        while n:
            total += n % 10
            n //= 10
    return total


print("collatz", longest_collatz(120000))
print("primes", count_primes(1500000))
print("gcd", gcd_total(600000), gcd_total(600011))
print("digits", digit_sums(500000))
