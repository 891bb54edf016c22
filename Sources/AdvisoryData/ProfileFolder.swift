import AdvisoryCore
import Foundation
import YAML

/// The profiles already in a folder, by country code, so that an import finds the file that
/// holds a country whatever its name (`arcadia.yaml` for `ARC`).
public enum ProfileFolder {
    /// Country code → path, for every `.yaml`/`.yml` file of `folder` whose `country.code` can be
    /// read; the files that cannot be read are listed apart.
    public static func profiles(in folder: String) -> (byCode: [String: [String]], unreadable: [String]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
            .sorted()
        var byCode: [String: [String]] = [:]
        var unreadable: [String] = []
        for name in names {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard case .success(let (_, node)) = SourceReader.load(path), case .mapping(let top, _) = node,
                case .mapping(let country, _)? = top.first(where: { $0.key.scalar?.text == "country" })?.value,
                let code = country.first(where: { $0.key.scalar?.text == "code" })?.value.scalar?.text
            else {
                unreadable.append(path)
                continue
            }
            byCode[code, default: []].append(path)
        }
        return (byCode, unreadable)
    }
}
