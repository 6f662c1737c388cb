"""Use cases: one function per user action, taking a session and plain arguments.

Services never read the clock (`today` is an argument), never import Qt, and
raise `ValidationError` naming the field when the input is wrong.
"""
