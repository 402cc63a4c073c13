# Taipan's build. `make` builds build/taipan; `make debug` an ASan+UBSan build
# in build/debug; `make test` builds and runs every test. Sources are found
# by wildcard: a new .c file under src/ needs no change here.

CC      ?= cc
CSTD    := -std=gnu11
WARN    := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS  ?= -O2 -g
LDLIBS  := -lgmp -lm

SRCS    := $(shell find src -name '*.c' | sort)
MAIN_SRCS := $(filter-out src/fuzz_%.c,$(SRCS))

BUILD   ?= build
OBJDIR  := $(BUILD)/obj
OBJS    := $(MAIN_SRCS:src/%.c=$(OBJDIR)/%.o)
DOBJDIR := $(BUILD)/debug/obj
DOBJS   := $(MAIN_SRCS:src/%.c=$(DOBJDIR)/%.o)
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all debug test clean deps gen run expected

all: $(BUILD)/taipan

$(BUILD)/taipan: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(OBJDIR)/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -MMD -MP -c $< -o $@

debug: $(BUILD)/debug/taipan

$(BUILD)/debug/taipan: $(DOBJS)
	$(CC) -O1 -g $(SANFLAGS) -o $@ $(DOBJS) $(LDLIBS)

$(DOBJDIR)/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O1 -g $(SANFLAGS) -MMD -MP -c $< -o $@

# Regenerate committed generated sources.
gen:
	python3 tools/gen_ast.py

clean:
	rm -rf build

-include $(OBJS:.o=.d) $(DOBJS:.o=.d)
