"""Maps in and out of other tools: Excel workbooks, CSV, Mermaid journeys, Markdown. No Qt."""
