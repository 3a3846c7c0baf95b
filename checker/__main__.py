import gc
import sys


def _exit_now(code: int) -> None:
    """Exit without the interpreter's teardown (freeing every module, the lexicon and the compiled
    patterns one object at a time: ~20 ms, 15% of a one-file check) once the output is flushed and
    the exit handlers have run. Only when no other thread or child process is left, which
    teardown would wait for; otherwise the ordinary exit."""
    import atexit
    import os
    # threading only when imported (no thread can have been started through it otherwise)
    threading = sys.modules.get("threading")
    if ((threading is not None and threading.active_count() > 1) or sys.gettrace() is not None
            or sys.getprofile() is not None):
        sys.exit(code)      # a profiler or coverage writes its results at the ordinary exit
    if "multiprocessing" in sys.modules and sys.modules["multiprocessing"].active_children():
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        pass        # the reader went away: main() has already said so and chosen the code
    os._exit(code)


def _start_up(argv: list[str]) -> None:
    """Import the command line and load the rules with the cyclic collector paused, then exclude
    what they made from every later collection. The process keeps all of it to its end, so a
    collection while it is made only scans it for nothing (~5 ms of a ~80 ms one-file check);
    the check itself runs with the collector as usual, so long runs still free their cycles."""
    gc.disable()
    try:
        from . import cli  # noqa: F401
        if not {"-h", "--help", "--version"} & set(argv):
            from .registry import load_rules
            load_rules()
    except Exception:  # noqa: BLE001, S110 -- a broken rule file: main() reports it as it always has
        pass
    finally:
        gc.freeze()
        gc.enable()


def run() -> None:
    """The `jiaodui` command (pyproject's script entry) and `python -m checker`."""
    _start_up(sys.argv[1:])
    from .cli import main
    _exit_now(main())


if __name__ == "__main__":
    run()
