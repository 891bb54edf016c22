import YAML

/// Decodes a catalog text that may be given per language: a plain string (English), or a
/// mapping `{en: …, fr: …, es: …}` whose `en` is required.
enum LocalizedTextDecoder {
    /// The English text and its translations; nil (with an error reported) when malformed.
    static func decode(_ node: Node, _ what: String, _ context: DecodingContext) -> (String, Translations)? {
        guard case .mapping = node else { return context.text(node, what).map { ($0, Translations()) } }
        guard let map = context.mapping(node, "\(what) by language") else { return nil }
        map.allowOnly(Language.allCases.map(\.rawValue))
        let english = map.required(Language.en.rawValue).flatMap { context.text($0, "\(what) in English (en)") }
        var texts: [Language: String] = [:]
        for language in Language.allCases where language != .en {
            if let text = map.optional(language.rawValue).flatMap({ context.text($0, "\(what) (\(language.rawValue))") }
            ) {
                texts[language] = text
            }
        }
        return english.map { ($0, Translations(texts)) }
    }
}
