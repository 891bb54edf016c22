# Builds and installs the advisor command line with its default ruleset and example profiles:
#
#   make install                      # into /usr/local: bin/advisor, share/policyadvisor/{Rules,Examples}
#   make install PREFIX=$HOME/.local  # anywhere else
#   make uninstall
#
# The binary is a release build with the Swift standard library linked in, so it runs without
# the Swift toolchain (libyaml stays a system library: Debian's libyaml-0-2). It finds the
# ruleset in PREFIX/share/policyadvisor/Rules by itself; the ruleset's tests read the example
# profiles beside it. SWIFTFLAGS adds flags to the build (.ci/run: -Xswiftc -warnings-as-errors).

PREFIX ?= /usr/local
SWIFTFLAGS ?=
BINDIR := $(DESTDIR)$(PREFIX)/bin
SHAREDIR := $(DESTDIR)$(PREFIX)/share/policyadvisor
SWIFTBUILD := swift build -c release --static-swift-stdlib --product advisor $(SWIFTFLAGS)

.PHONY: build install uninstall

build:
	$(SWIFTBUILD)

install: build
	install -d "$(BINDIR)" "$(SHAREDIR)"
	install -s -m 755 "$$($(SWIFTBUILD) --show-bin-path)/advisor" "$(BINDIR)/advisor"
	rm -rf "$(SHAREDIR)/Rules" "$(SHAREDIR)/Examples"
	cp -R Rules Examples "$(SHAREDIR)/"

uninstall:
	rm -f "$(BINDIR)/advisor"
	rm -rf "$(SHAREDIR)"
