"""The generators of the matrix: the README's commands, how each program is built and run.

`generate` holds the README's commands exactly as shown there (they run from the checkout, read
dist/spec/plusofon.yaml and write under out/). `build` and `run` are the check's own: they
compile and start the short program in tools/generators/<name>/. `plain` says how the check
also runs the client as the generator makes it without our recipe, so the matrix can show
what the recipe fixes (a recipe that fixes nothing fails the check); `expected` names the
failures the spec (not a recipe) has to fix, and fails the check once the failure is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BEHAVIOURS = ("filter", "unfiltered", "upload", "cyrillic")
HEADINGS = {
    "filter": "GET-body filter (`phone_type` def / abc)",
    "unfiltered": "unfiltered list",
    "upload": "two files as PHP reads them",
    "cyrillic": "`\u0441orrespondent_account` (U+0441)",
}

OPENAPI_GENERATOR = ".venv/bin/openapi-generator-cli generate -i dist/spec/plusofon.yaml"
# The key with the Cyrillic first letter gets an ASCII name of its own: its Latin twin
# `correspondent_account` is a property of the same schemas, so the two names must differ.
CYRILLIC_KEY = "\u0441orrespondent_account"


def name_mapping(name: str) -> str:
    """openapi-generator's option that names the Cyrillic key's property `name`."""
    return f"--name-mappings {CYRILLIC_KEY}={name}"


# The native client's compile-time and run-time jars, from Debian's packages (Maven Central is out
# of reach): libjackson2-{core,databind,annotations}-java, libjakarta-annotation-api-java,
# libhttpmime-java, libhttpcore-java and libhttpclient-java (multipart bodies are built with
# Apache HttpMime; HttpClient's form entity is imported by every API class).
JAVA_JARS = tuple(
    f"/usr/share/java/{name}.jar"
    for name in (
        "jackson-core",
        "jackson-databind",
        "jackson-annotations",
        "jakarta-annotation-api",
        "httpmime",
        "httpcore",
        "httpclient",
    )
)
# Debian has no jackson-datatype-jsr310: the three classes of it the client names, compiled beside.
JSR310_STAND_IN = "tools/generators/java/jsr310"


@dataclass(frozen=True)
class Plain:
    """The client as generated without our recipe: other generate lines, or other run settings."""

    generate: tuple[str, ...] = ()
    build: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    out: str = ""  # the folder the plain client is written to, when it is generated apart


@dataclass(frozen=True)
class Target:
    """One row of the matrix."""

    name: str  # folder tools/generators/<name>/, base path of its client on the mock
    tool: str  # generator, version and options, as the README names them
    needs: tuple[str, ...]  # executables the target needs on the machine
    generate: tuple[str, ...]  # the README's commands
    run: str  # runs the program (the mock's URL, token and client id come in the environment)
    build: tuple[str, ...] = ()
    recipe: str = ""  # what a team adds to the generator's output, and why
    plain: Plain | None = None
    # behaviour -> (words of the failure, why it is the spec's to fix), for failures no recipe fixes
    expected: dict[str, tuple[str, str]] = field(default_factory=dict)
    loud_without_recipe: bool = False  # fetch-based: without the Node transport it must throw
    property_name: str = ""  # the Cyrillic key's property in the generated code


OPENAPI_GENERATOR_TARGETS = (
    Target(
        name="python",
        tool="openapi-generator 7.26 `-g python`",
        needs=("java",),
        generate=(
            f"{OPENAPI_GENERATOR} -g python -o out/python -t tools/generators/python/templates"
            f" {name_mapping('correspondent_account_cyrillic')}",
        ),
        run="PYTHONPATH=$OUT .venv/bin/python tools/generators/python/check.py",
        recipe=(
            "`-t tools/generators/python/templates`: its `rest.mustache` sends the body of a GET"
            " (upstream sends one only for POST, PUT, PATCH, OPTIONS, DELETE)"
        ),
        plain=Plain(
            generate=(f"{OPENAPI_GENERATOR} -g python -o out/generators-check/python-plain",),
            out="out/generators-check/python-plain",
        ),
        property_name="correspondent_account_cyrillic",
    ),
    Target(
        name="go",
        tool="openapi-generator 7.26 `-g go` (Go 1.19, no modules)",
        needs=("java", "go"),
        generate=(
            f"{OPENAPI_GENERATOR} -g go -o out/go {name_mapping('CorrespondentAccountCyrillic')}",
        ),
        # The program is built inside the generated module; the generated tests (testify) are not.
        build=(
            "mkdir -p out/go/plusofon-check"
            " && cp tools/generators/go/main.go out/go/plusofon-check/",
            "cd out/go && export GOFLAGS=-mod=mod GOPROXY=off && go vet . ./plusofon-check"
            " && go build -o plusofon-check/check ./plusofon-check",
        ),
        run="out/go/plusofon-check/check",
        property_name="CorrespondentAccountCyrillic",
    ),
    Target(
        name="php",
        tool="openapi-generator 7.26 `-g php` (PHP 8.2, Debian's Guzzle)",
        needs=("java", "php", "/usr/share/php/GuzzleHttp/autoload.php"),
        generate=(
            f"{OPENAPI_GENERATOR} -g php -o out/php -t tools/generators/php/templates"
            f" {name_mapping('correspondent_account_cyrillic')}",
        ),
        run="php tools/generators/php/check.php",
        recipe=(
            "`-t tools/generators/php/templates`: its `FormDataProcessor.mustache` keeps a list"
            " under a field name ending in `[]`, so each file goes out as `files[]` (upstream"
            " numbers the items: `files[][0]`, `files[][1]`)"
        ),
        plain=Plain(
            generate=(
                f"{OPENAPI_GENERATOR} -g php -o out/generators-check/php-plain"
                f" {name_mapping('correspondent_account_cyrillic')}",
            ),
            out="out/generators-check/php-plain",
        ),
        property_name="correspondent_account_cyrillic",
    ),
    Target(
        name="java",
        tool="openapi-generator 7.26 `-g java --library native` (JDK 17, Debian's Jackson 2.14)",
        needs=("java", "javac", *JAVA_JARS),
        generate=(
            f"{OPENAPI_GENERATOR} -g java --library native -o out/java"
            " --additional-properties=openApiNullable=false,useJakartaEe=true"
            f" {name_mapping('correspondentAccountCyrillic')}",
        ),
        # javac compiles only the generated classes the program reaches (-sourcepath).
        build=(
            f"rm -rf out/java/check && javac -proc:none -nowarn -encoding UTF-8 -d out/java/check"
            f" -cp {':'.join(JAVA_JARS)} -sourcepath out/java/src/main/java:{JSR310_STAND_IN}"
            " tools/generators/java/Check.java",
        ),
        run=f"java -cp out/java/check:{':'.join(JAVA_JARS)} Check",
        recipe=(
            "`--library native`: the JDK's `HttpClient` sends the body of a GET (the default"
            " okhttp-gson library sets it to null, row below)"
        ),
        property_name="correspondentAccountCyrillic",
    ),
)

NODE_BIN = "tools/node/node_modules/.bin"
NODE_RUN = (
    "NODE_PATH=tools/node/node_modules"
    " node out/generators-check/js/{name}/tools/generators/{name}/check.js"
)


def node_target(
    name: str,
    tool: str,
    generate: str,
    recipe: str,
    *,
    loud: bool,
    needs: tuple[str, ...] = ("node",),
    property_name: str = CYRILLIC_KEY,
) -> Target:
    """A TypeScript client: generated, compiled with tsc --strict, run in Node."""
    return Target(
        name=name,
        tool=tool,
        needs=needs,
        generate=(generate,),
        build=(f"{NODE_BIN}/tsc -p tools/generators/{name}",),
        run=NODE_RUN.format(name=name),
        recipe=recipe,
        plain=Plain(env={"PLUSOFON_RECIPE": "off"}) if recipe else None,
        loud_without_recipe=loud,
        property_name=property_name,
    )


NODE_TARGETS = (
    node_target(
        "typescript-fetch",
        "openapi-generator 7.26 `-g typescript-fetch`",
        f"{OPENAPI_GENERATOR} -g typescript-fetch -o out/typescript-fetch"
        f" {name_mapping('correspondentAccountCyrillic')}",
        "`fetchApi`: `tools/generators/node/undici-fetch.ts` (undici's `request()`; Node only)",
        loud=True,
        needs=("java", "node"),
        property_name="correspondentAccountCyrillic",
    ),
    node_target(
        "typescript-axios",
        "openapi-generator 7.26 `-g typescript-axios`",
        f"{OPENAPI_GENERATOR} -g typescript-axios -o out/typescript-axios",
        "",
        loud=False,
        needs=("java", "node"),
    ),
    node_target(
        "hey-api",
        "@hey-api/openapi-ts 0.95 (fetch client)",
        f"{NODE_BIN}/openapi-ts -i dist/spec/plusofon.yaml -o out/hey-api",
        "`tools/generators/hey-api/get-body.ts`: an interceptor keeps the GET body and the"
        " client's `fetch` becomes undici's `request()` (Node only)",
        loud=True,
    ),
    node_target(
        "orval",
        "orval 7.13 (`client: fetch`)",
        f"{NODE_BIN}/orval --config tools/generators/orval/orval.config.cjs",
        "`mutator`: `tools/generators/orval/plusofon-transport.ts` (undici's `request()`;"
        " Node only)",
        loud=True,
    ),
    node_target(
        "openapi-typescript",
        "openapi-typescript 7.13 + openapi-fetch 0.17",
        f"{NODE_BIN}/openapi-typescript dist/spec/plusofon.yaml"
        " -o out/openapi-typescript/plusofon.ts",
        "`createClient({fetch, Request})` from `tools/generators/node/undici-fetch.ts`"
        " (undici's `request()`; Node only)",
        loud=True,
    ),
)

TARGETS: tuple[Target, ...] = OPENAPI_GENERATOR_TARGETS + NODE_TARGETS

# Generators whose toolchain this machine cannot have: what their generated code does with a GET
# body, read in openapi-generator 7.26's output, not run.
READ_ONLY: tuple[tuple[str, str], ...] = (
    (
        "openapi-generator 7.26 `-g java` (okhttp-gson, the default library)",
        "not compiled here (it is written for OkHttp 4; Debian has OkHttp 3.13 and no gson-fire):"
        " `ApiClient.buildRequest` sets the body of a GET to null"
        " (`HttpMethod.permitsRequestBody`), filters silently lost; use `--library native`",
    ),
    (
        "openapi-generator 7.26 `-g kotlin`",
        "no Kotlin toolchain for its code here: `ApiClient.kt` builds a GET as"
        " `Request.Builder().url(url)` with no body, filters silently lost",
    ),
    (
        "openapi-generator 7.26 `-g csharp`",
        "no .NET here: the API sets `HttpRequestMessage.Content` on the GET, which .NET 5+"
        " `HttpClient` sends (.NET Framework refuses it)",
    ),
)
