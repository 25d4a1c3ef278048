/// The release of this package: what `infercap --version` prints, the section of CHANGELOG.md
/// that describes it, and the version the docs tell a dependent to ask for
/// (`.package(url: …, from: "0.2.0")`); the git tag of the release has the same name.
public enum InferCapVersion {
    /// Semantic version, `major.minor.patch`.
    public static let current = "0.2.0"
}
