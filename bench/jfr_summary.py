#!/usr/bin/env python3
"""Summarises a JFR recording's execution samples: where the time goes.

    jfr print --events jdk.ExecutionSample --stack-depth 200 rec.jfr | jfr_summary.py

Prints the share of samples (a) by the layer of the innermost frame that belongs to a known layer
(database driver, Hibernate, Thymeleaf, SpEL, Jackson, Tomcat, the app ...), and (b) the top
frames by self time, and (c) the share of samples with a layer anywhere on the stack (inclusive).
"""
import collections
import re
import sys

LAYERS = [
    ("PostgreSQL driver", ("org.postgresql.",)),
    ("HikariCP", ("com.zaxxer.hikari.",)),
    ("Hibernate", ("org.hibernate.",)),
    ("Spring JDBC", ("org.springframework.jdbc.",)),
    ("SpEL", ("org.springframework.expression.",)),
    ("Thymeleaf", ("org.thymeleaf.",)),
    ("Jackson", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("Spring Security", ("org.springframework.security.",)),
    ("Spring MVC / web", ("org.springframework.web.",)),
    ("Spring (other)", ("org.springframework.",)),
    ("Tomcat", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
    ("app", ("org.backchannel.",)),
    ("JDK", ("java.", "jdk.", "sun.")),
]

INCLUSIVE = [
    ("database (driver + pool)", ("org.postgresql.", "com.zaxxer.hikari.")),
    ("Hibernate (incl. its JDBC calls)", ("org.hibernate.",)),
    ("Thymeleaf rendering (incl. SpEL, messages)", ("org.thymeleaf.",)),
    ("SpEL", ("org.springframework.expression.",)),
    ("Jackson", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("resource URL look-ups (th:href of static files)", ("org.springframework.web.servlet.resource.ResourceUrlProvider",)),
    ("class-path look-ups", ("java.lang.ClassLoader.getResource", "jdk.internal.loader.BuiltinClassLoader.findResource",
                             "org.springframework.boot.loader.")),
    ("message look-ups", ("org.springframework.context.support.AbstractMessageSource",)),
]

FRAME = re.compile(r"^\s+([\w.$<>]+)\(.*line:")


def layer(frame):
    for name, prefixes in LAYERS:
        if frame.startswith(prefixes):
            return name
    return "other"


def main():
    stacks = []
    current = None
    for line in sys.stdin:
        if line.startswith("jdk.ExecutionSample"):
            current = []
            stacks.append(current)
            continue
        m = FRAME.match(line)
        if m and current is not None:
            current.append(m.group(1))
    stacks = [s for s in stacks if s]
    total = len(stacks)
    print(f"{total} samples")
    by_layer = collections.Counter()
    top = collections.Counter()
    for s in stacks:
        top[s[0]] += 1
        # the innermost frame outside the JDK names the layer; JDK frames count for their caller
        # (a String method called by Thymeleaf is Thymeleaf's cost), pure JDK stacks as JDK
        owner = next((layer(f) for f in s if layer(f) not in ("JDK", "other")), "JDK")
        by_layer[owner] += 1
    print("\nSelf time by layer (JDK frames count for the library that called them):")
    for name, n in by_layer.most_common():
        print(f"  {100 * n / total:5.1f} %  {name}")
    print("\nOn the stack (inclusive):")
    for name, prefixes in INCLUSIVE:
        n = sum(1 for s in stacks if any(f.startswith(prefixes) for f in s))
        print(f"  {100 * n / total:5.1f} %  {name}")
    print("\nTop frames (self):")
    for frame, n in top.most_common(25):
        print(f"  {100 * n / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
