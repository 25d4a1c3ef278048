import Testing

@testable import infercap

/// RFC 4180 quoting of one CSV field, byte by byte (``Flatten/csvField(_:)``).
@Suite("CSV fields are quoted and escaped by byte")
struct CSVFieldTests {
    @Test("plain text is left alone; a comma, quote, LF or CR quotes the field and doubles every quote")
    func quoting() {
        #expect(Flatten.csvField("h100-sxm") == "h100-sxm")
        #expect(Flatten.csvField("") == "")
        #expect(Flatten.csvField("a,b") == "\"a,b\"")
        #expect(Flatten.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Flatten.csvField("two\nlines") == "\"two\nlines\"")
        #expect(Flatten.csvField("cr\rhere") == "\"cr\rhere\"")
        #expect(Flatten.csvField("crlf\r\nhere") == "\"crlf\r\nhere\"")
    }

    @Test("a quote that a combining mark joins into one Character is still doubled")
    func combiningQuote() {
        // "\"\u{301}" is one grapheme cluster: a split by Character would leave the quote single.
        let field = Flatten.csvField("a\"\u{301}b")
        #expect(Array(field.utf8) == Array("\"a\"\"\u{301}b\"".utf8))
    }

    @Test("the table renders a header and one line per row, numbers in shortest round-trip form")
    func table() {
        let table = CSVTable(columns: ["name", "x_seconds", "n"], rows: [[.text("a,b"), .number(0.1), .integer(3)], [.text("c"), .number(nil), .integer(nil)]])
        #expect(table.render() == "name,x_seconds,n\n\"a,b\",0.1,3\nc,,")
        #expect(CSVTable(columns: ["a"], rows: []).render() == "a")
    }
}
