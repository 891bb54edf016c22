/// A language reports can be written in, and catalog titles translated into: the ISO 639-1
/// codes of English, French and Spanish.
public enum Language: String, Sendable, CaseIterable {
    case en, fr, es

    /// The language's name in English ("French"), for messages.
    public var englishName: String {
        switch self {
        case .en: "English"
        case .fr: "French"
        case .es: "Spanish"
        }
    }

    /// The language's own name ("English", "français", "español").
    public var name: String {
        switch self {
        case .en: "English"
        case .fr: "français"
        case .es: "español"
        }
    }
}

/// A catalog text given per language: `title: {en: …, fr: …, es: …}`. English is the text
/// itself (a plain string means English); the others are optional translations.
public struct Translations: Sendable, Equatable {
    /// The translations other than English.
    public var texts: [Language: String]

    public init(_ texts: [Language: String] = [:]) { self.texts = texts }

    /// The text in `language`, or nil when it is not translated (English is never here).
    public subscript(_ language: Language) -> String? { texts[language] }
}
