# Taipan's build. Sources are found by wildcard: a new .c file under src/
# needs no change here.
#
#   make                 build $(BUILD)/taipan (BUILD defaults to build)
#   make run [FILE=x.py] build, then run examples/hello.py (or FILE) with taipan
#   make test            install what is missing, build, run every test
#   make debug           an ASan+UBSan build in $(BUILD)/debug
#   make test-debug      the test suite with the ASan+UBSan build
#   make corpus          the corpus check alone (tools/corpus_check.py)
#   make expected        regenerate tests' .exp files from python3.11
#   make bench-parse     parse speed against python3.11 (tools/parse_speed.py)
#   make bench           bench/*.py under taipan, python3 (and pypy3) [BENCH_ARGS=--runs 5 fib]
#   make fuzz            build and run the libFuzzer target (clang) [FUZZ_TARGET=parser|marshal]
#   make fuzz-marshal    the same for the .pyc / marshal loader (tests/fuzz/fuzz_marshal.c)
#   make stress          build/stress with a GC at every allocation; unit (+lang) tests
#
# Several people may build side by side: `make -j2 BUILD=build/<name>`.

CC      ?= cc
CSTD    := -std=gnu11
WARN    := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS  ?= -O2 -g
LDLIBS  := -lgmp -lm -lreadline -lz
PYTHON  ?= python3.11
JOBS    ?= 2

SRCS    := $(shell find src -name '*.c' | sort)
MAIN_SRCS := $(filter-out src/fuzz_%.c,$(SRCS))

BUILD   ?= build
OBJDIR  := $(BUILD)/obj
OBJS    := $(MAIN_SRCS:src/%.c=$(OBJDIR)/%.o)
DOBJDIR := $(BUILD)/debug/obj
DOBJS   := $(MAIN_SRCS:src/%.c=$(DOBJDIR)/%.o)
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
DEBUG_CFLAGS := -O1 -g $(SANFLAGS)

FILE    ?= examples/hello.py
DEPS    := sh tools/ensure-deps.sh

.PHONY: all debug test test-debug corpus clean deps gen run expected bench-parse bench fuzz fuzz-marshal stress

all: $(BUILD)/taipan

$(BUILD)/taipan: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(OBJDIR)/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -MMD -MP -c $< -o $@

debug: $(BUILD)/debug/taipan

$(BUILD)/debug/taipan: $(DOBJS)
	$(CC) $(DEBUG_CFLAGS) -o $@ $(DOBJS) $(LDLIBS)

$(DOBJDIR)/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(DEBUG_CFLAGS) -MMD -MP -c $< -o $@

deps:
	@$(DEPS) test

run:
	@$(DEPS) build
	@$(MAKE) --no-print-directory -j$(JOBS) all
	$(BUILD)/taipan $(FILE)

# The runner compiles tests/unit/*.c against $(OBJDIR) (all but main.o) with
# the same flags, so it is told both.
test:
	@$(DEPS) test
	@$(MAKE) --no-print-directory -j$(JOBS) all
	$(PYTHON) tests/run_tests.py --build $(BUILD) -j $(JOBS) --cc "$(CC)" --cflags "$(CSTD) $(CFLAGS)"

test-debug:
	@$(DEPS) test
	@$(MAKE) --no-print-directory -j$(JOBS) debug
	ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=0:allocator_may_return_null=1 $(PYTHON) tests/run_tests.py --build $(BUILD)/debug -j $(JOBS) \
	    --cc "$(CC)" --cflags "$(CSTD) $(DEBUG_CFLAGS)"

# The collector's stress mode (TAIPAN_GC_STRESS): a full collection at
# every allocation, so a value held where the GC cannot see it fails fast.
STRESS_BUILD  ?= build/stress
STRESS_CFLAGS := $(CFLAGS) -DTAIPAN_GC_STRESS
STRESS_SUITES ?= $(shell grep -q '"lang"' tests/run_tests.py && echo unit,lang || echo unit)

stress:
	@$(DEPS) test
	@$(MAKE) --no-print-directory -j$(JOBS) all BUILD=$(STRESS_BUILD) CFLAGS="$(STRESS_CFLAGS)"
	$(PYTHON) tests/run_tests.py --build $(STRESS_BUILD) -j $(JOBS) --cc "$(CC)" \
	    --cflags "$(CSTD) $(STRESS_CFLAGS)" --only $(STRESS_SUITES)

corpus:
	@$(DEPS) test
	@$(MAKE) --no-print-directory -j$(JOBS) all
	$(PYTHON) tools/corpus_check.py --taipan $(BUILD)/taipan -j $(JOBS)

expected:
	@$(DEPS) test
	$(PYTHON) tests/run_tests.py --expected

bench-parse:
	@$(DEPS) test
	@$(MAKE) --no-print-directory -j$(JOBS) all
	$(PYTHON) tools/parse_speed.py --taipan $(BUILD)/taipan

# The benchmark set against python3 (and pypy3 where installed): medians,
# ratios, geometric mean; figures go into docs/performance.md.
bench:
	@$(MAKE) --no-print-directory -j$(JOBS) all
	$(PYTHON) bench/run.py --taipan $(BUILD)/taipan $(BENCH_ARGS)

# libFuzzer: every object but main.o rebuilt with clang, plus the target.
FUZZ_SECONDS ?= 60
FUZZDIR := $(BUILD)/fuzz
FUZZ_SRCS := $(filter-out src/main.c,$(MAIN_SRCS))
FUZZ_FLAGS := -O1 -g -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer

# One target per tests/fuzz/fuzz_NAME.c; its seeds are tests/fuzz/corpus
# (parser) or tests/fuzz/corpus_NAME, its growing corpus under $(FUZZDIR).
FUZZ_TARGET ?= parser
FUZZ_CORPUS := corpus$(if $(filter parser,$(FUZZ_TARGET)),,_$(FUZZ_TARGET))

fuzz:
	@$(DEPS) fuzz
	@mkdir -p $(FUZZDIR) $(FUZZDIR)/$(FUZZ_CORPUS)
	clang $(CSTD) $(FUZZ_FLAGS) -o $(FUZZDIR)/fuzz_$(FUZZ_TARGET) $(FUZZ_SRCS) tests/fuzz/fuzz_$(FUZZ_TARGET).c $(LDLIBS)
	$(FUZZDIR)/fuzz_$(FUZZ_TARGET) -max_total_time=$(FUZZ_SECONDS) -timeout=10 $(FUZZDIR)/$(FUZZ_CORPUS) $(wildcard tests/fuzz/$(FUZZ_CORPUS))

fuzz-marshal:
	@$(MAKE) --no-print-directory fuzz FUZZ_TARGET=marshal

# Regenerate committed generated sources.
gen:
	python3 tools/gen_ast.py

clean:
	rm -rf $(BUILD)

-include $(OBJS:.o=.d) $(DOBJS:.o=.d)
