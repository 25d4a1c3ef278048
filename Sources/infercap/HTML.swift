import InferCap

/// Small helpers for the self-contained HTML report.
enum HTML {
    /// Text made safe for HTML content and attribute values.
    static func escape(_ text: String) -> String { SVGDocument.escape(text) }

    /// A paragraph of escaped text.
    static func paragraph(_ text: String) -> String { "<p>\(escape(text))</p>" }

    /// A heading with an id (the check script and the tests look for these).
    static func heading(_ level: Int, _ text: String, id: String) -> String { "<h\(level) id=\"\(id)\">\(escape(text))</h\(level)>" }

    /// A figure holding an inline SVG chart (the SVG's own XML prologue-free markup).
    static func figure(_ svg: String, caption: String) -> String {
        "<figure>\n" + svg + "<figcaption>\(escape(caption))</figcaption>\n</figure>"
    }

    /// The page around the sections: inline CSS only, no scripts, no external resources.
    static func page(title: String, body: [String]) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: Helvetica, Arial, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
        h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }
        th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; }
        th { background: #f3f3f3; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 13px; color: #555; }
        .note { font-size: 13px; color: #555; }
        </style>
        </head>
        <body>

        """ + body.joined(separator: "\n") + "\n</body>\n</html>\n"
    }
}
