"""Emotune's lab: trains and evaluates the emotion models that the extension ships in models/."""
