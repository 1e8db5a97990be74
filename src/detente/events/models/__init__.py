"""The shipped learned event classifier (written by `python -m detente.training.event_classifier`)."""
