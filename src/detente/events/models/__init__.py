"""The shipped learned event classifier (written by `python -m detente.events.train`)."""
