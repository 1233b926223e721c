"""Chinese police-campaign briefings: repair, structure, figures."""
