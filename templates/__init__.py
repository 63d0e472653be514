"""Jinja2 templates for alerts, reminders and the digest (shipped as package data)."""
