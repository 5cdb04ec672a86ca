import DossierText

extension TimeExpression {
    /// How a list shows the time: TIMEX3 parts of the day in words ("2021-01-23 night", not
    /// "2021-01-23TNI"), and "?" when the anchor date was inferred from the text.
    var label: String {
        let parts = ["TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night", "TDT": "daytime"]
        var text = value
        if value.count > 3, let part = parts[String(value.suffix(3))], value.dropLast(3).last?.isNumber == true {
            text = value.dropLast(3) + " " + part
        }
        return text + (inferred ? "?" : "")
    }
}
