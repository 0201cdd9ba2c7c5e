import Foundation

/// Text out of HTML: scripts, styles, navigation, headers, footers and forms removed; block
/// elements become paragraphs; entities decoded.
enum HTMLText {
    static let dropped: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg",
                                       "iframe", "template", "button", "select"]
    /// Tags whose attributes carry the page's metadata (`PageMetadata.read`).
    static let metadataTags: Set<String> = ["meta", "link", "time"]
    static let blocks: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                      "table", "section", "article", "blockquote", "pre", "hr", "dd", "dt", "figcaption"]

    /// Decodes by the declared charset (meta or XML prolog); UTF-8 when valid, else Windows-1252.
    static func decode(_ bytes: [UInt8]) -> String {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        let declaredLatin = ["charset=iso-8859-1", "charset=\"iso-8859-1", "charset=windows-1252",
                             "charset=\"windows-1252", "charset=latin1", "encoding=\"iso-8859-1"]
            .contains(where: head.contains)
        if !declaredLatin, let text = String(validatingUTF8Bytes: bytes[...]) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar(cp1252($0)) ?? "?" }))
    }

    static func cp1252(_ byte: UInt8) -> UInt32 {
        let table: [UInt8: UInt32] = [
            0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
            0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
            0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
            0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
        ]
        return table[byte] ?? UInt32(byte)
    }

    /// A page's text, and its metadata under the names "date", "source", "author", "url".
    struct Page {
        var title: String
        var body: String
        var metadata: [String: String]
    }

    static func extract(_ html: String) -> Page {
        var title = ""
        var h1 = ""
        var body = ""
        var skipDepth = 0
        var skipTag = ""
        var capture: String?  // "title" or "h1" while inside them
        var metadata = PageMetadata()
        var jsonLD: String?  // the text of a <script type="application/ld+json"> while inside it
        let scalars = Array(html.unicodeScalars)
        var i = 0
        var text = String.UnicodeScalarView()
        func flushText() {
            guard !text.isEmpty else { return }
            if skipDepth > 0, jsonLD != nil {
                jsonLD! += String(text)
                text.removeAll()
                return
            }
            let decoded = decodeEntities(String(text))
            text.removeAll()
            if skipDepth > 0 { return }
            if capture == "title" { title += decoded; return }
            if capture == "h1" { h1 += decoded }
            body += decoded
        }
        while i < scalars.count {
            if scalars[i] == "<" {
                // Comments
                if i + 3 < scalars.count, scalars[i + 1] == "!", scalars[i + 2] == "-", scalars[i + 3] == "-" {
                    flushText()
                    var j = i + 4
                    while j + 2 < scalars.count, !(scalars[j] == "-" && scalars[j + 1] == "-" && scalars[j + 2] == ">") { j += 1 }
                    i = min(scalars.count, j + 3)
                    continue
                }
                var j = i + 1
                var quote: Unicode.Scalar?
                while j < scalars.count {
                    let c = scalars[j]
                    if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ">" { break }
                    j += 1
                }
                guard j < scalars.count else { text.append(contentsOf: scalars[i...]); break }
                flushText()
                let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                let closing = inner.hasPrefix("/")
                let name = inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                i = j + 1
                if skipDepth > 0 {
                    if name == skipTag { skipDepth += closing ? -1 : (inner.hasSuffix("/") ? 0 : 1) }
                    if skipDepth == 0, let json = jsonLD {
                        metadata.readJSONLD(json)
                        jsonLD = nil
                    }
                    continue
                }
                if !closing, metadataTags.contains(name) {
                    metadata.read(tag: name, attributes: attributes(inner))
                }
                if !closing, dropped.contains(name), !inner.hasSuffix("/") {
                    skipDepth = 1
                    skipTag = name
                    if name == "script", inner.lowercased().contains("ld+json") { jsonLD = "" }
                    continue
                }
                if name == "title" || name == "h1" { capture = closing ? nil : name }
                if blocks.contains(name) || name == "title" { body += "\n\n" }
                continue
            }
            text.append(scalars[i])
            i += 1
        }
        flushText()
        // Normalise whitespace: collapse runs within a paragraph, keep blank lines between them.
        let paragraphs = body.components(separatedBy: "\n\n").map {
            $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }.filter { !$0.isEmpty }
        let collapse = { (text: String) in text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        // The headline without the site's name: og:title or the like, else <title>, else <h1>.
        let cleanTitle = collapse(metadata.best("title") ?? (title.isEmpty ? h1 : title))
        var bodyParagraphs = paragraphs
        if let first = bodyParagraphs.first, first == cleanTitle || first == collapse(title) { bodyParagraphs.removeFirst() }
        let h1Clean = collapse(h1)
        if let first = bodyParagraphs.first, !h1Clean.isEmpty, first == h1Clean { bodyParagraphs.removeFirst() }
        var fields: [String: String] = [:]
        for name in ["date", "source", "author", "url"] { fields[name] = metadata.best(name).map(collapse) }
        return Page(title: cleanTitle, body: bodyParagraphs.joined(separator: "\n\n"), metadata: fields)
    }

    /// A tag's attributes, names in lower case, values with entities decoded: `name="v"`, `name='v'`, `name=v`.
    static func attributes(_ inner: String) -> [String: String] {
        var result: [String: String] = [:]
        let scalars = Array(inner.unicodeScalars)
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }
        var i = scalars.firstIndex(where: isSpace) ?? scalars.count  // after the tag's name
        while i < scalars.count {
            while i < scalars.count, isSpace(scalars[i]) || scalars[i] == "/" { i += 1 }
            let nameStart = i
            while i < scalars.count, !isSpace(scalars[i]), scalars[i] != "=", scalars[i] != "/" { i += 1 }
            let name = String(String.UnicodeScalarView(scalars[nameStart..<i])).lowercased()
            while i < scalars.count, isSpace(scalars[i]) { i += 1 }
            guard i < scalars.count, scalars[i] == "=" else {
                if !name.isEmpty { result[name] = result[name] ?? "" }
                continue
            }
            i += 1
            while i < scalars.count, isSpace(scalars[i]) { i += 1 }
            var valueStart = i
            var valueEnd: Int
            if i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" {
                let quote = scalars[i]
                valueStart = i + 1
                valueEnd = valueStart
                while valueEnd < scalars.count, scalars[valueEnd] != quote { valueEnd += 1 }
                i = min(scalars.count, valueEnd + 1)
            } else {
                while i < scalars.count, !isSpace(scalars[i]) { i += 1 }
                valueEnd = i
            }
            if !name.isEmpty, result[name] == nil {
                result[name] = decodeEntities(String(String.UnicodeScalarView(scalars[valueStart..<valueEnd])))
            }
        }
        return result
    }

    /// The named entities of HTML 4 (the 252 of Latin-1, symbols and punctuation, as Python's
    /// `html.entities` lists them) and "&apos;"; "&nbsp;" is a space, and "&shy;" a soft hyphen that
    /// `Article` drops. (Only 31 were known: "Hunts&shy;man" and "&laquo;" stayed as written.)
    static let named: [String: String] = [
        "quot": "\"", "amp": "&", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ", "iexcl": "¡", "cent": "¢",
        "pound": "£", "curren": "¤", "yen": "¥", "brvbar": "¦", "sect": "§", "uml": "¨", "copy": "©", "ordf": "ª",
        "laquo": "«", "not": "¬", "shy": "\u{AD}", "reg": "®", "macr": "¯", "deg": "°", "plusmn": "±", "sup2": "²",
        "sup3": "³", "acute": "´", "micro": "µ", "para": "¶", "middot": "·", "cedil": "¸", "sup1": "¹", "ordm": "º",
        "raquo": "»", "frac14": "¼", "frac12": "½", "frac34": "¾", "iquest": "¿", "Agrave": "À", "Aacute": "Á",
        "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È",
        "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï",
        "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö",
        "times": "×", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý",
        "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä",
        "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë",
        "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ", "ograve": "ò",
        "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "divide": "÷", "oslash": "ø", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "OElig": "Œ",
        "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜",
        "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Epsilon": "Ε", "Zeta": "Ζ", "Eta": "Η", "Theta": "Θ",
        "Iota": "Ι", "Kappa": "Κ", "Lambda": "Λ", "Mu": "Μ", "Nu": "Ν", "Xi": "Ξ", "Omicron": "Ο", "Pi": "Π",
        "Rho": "Ρ", "Sigma": "Σ", "Tau": "Τ", "Upsilon": "Υ", "Phi": "Φ", "Chi": "Χ", "Psi": "Ψ", "Omega": "Ω",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ",
        "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
        "rho": "ρ", "sigmaf": "ς", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "chi": "χ", "psi": "ψ",
        "omega": "ω", "thetasym": "ϑ", "upsih": "ϒ", "piv": "ϖ", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
        "bdquo": "„", "dagger": "†", "Dagger": "‡", "bull": "•", "hellip": "…", "permil": "‰", "prime": "′",
        "Prime": "″", "lsaquo": "‹", "rsaquo": "›", "oline": "‾", "frasl": "⁄", "euro": "€", "image": "ℑ",
        "weierp": "℘", "real": "ℜ", "trade": "™", "alefsym": "ℵ", "larr": "←", "uarr": "↑", "rarr": "→", "darr": "↓",
        "harr": "↔", "crarr": "↵", "lArr": "⇐", "uArr": "⇑", "rArr": "⇒", "dArr": "⇓", "hArr": "⇔", "forall": "∀",
        "part": "∂", "exist": "∃", "empty": "∅", "nabla": "∇", "isin": "∈", "notin": "∉", "ni": "∋", "prod": "∏",
        "sum": "∑", "minus": "−", "lowast": "∗", "radic": "√", "prop": "∝", "infin": "∞", "ang": "∠", "and": "∧",
        "or": "∨", "cap": "∩", "cup": "∪", "int": "∫", "there4": "∴", "sim": "∼", "cong": "≅", "asymp": "≈",
        "ne": "≠", "equiv": "≡", "le": "≤", "ge": "≥", "sub": "⊂", "sup": "⊃", "nsub": "⊄", "sube": "⊆", "supe": "⊇",
        "oplus": "⊕", "otimes": "⊗", "perp": "⊥", "sdot": "⋅", "lceil": "⌈", "rceil": "⌉", "lfloor": "⌊",
        "rfloor": "⌋", "lang": "〈", "rang": "〉", "loz": "◊", "spades": "♠", "clubs": "♣", "hearts": "♥",
        "diams": "♦",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let entity = after[..<semi]
                var replacement: String?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let v = UInt32(entity.dropFirst(2), radix: 16) {
                    replacement = Unicode.Scalar(v).map { String($0) }
                } else if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()) {
                    replacement = Unicode.Scalar(v).map { String($0) }
                } else {
                    replacement = named[String(entity)]
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}
