namespace GitOpsGateway.Sources.Git;

/// <summary>Full 40-character hexadecimal commit ids only: an abbreviation could become ambiguous as history grows.</summary>
internal static class ShaText
{
    private const int Length = 40;

    public static void ThrowIfNotFullSha(string sha, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(sha, parameterName);
        if (sha.Length != Length || !sha.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException($"'{sha}' is not a full 40-character commit sha.", parameterName);
        }
    }
}
