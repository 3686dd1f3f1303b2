namespace GitOpsGateway.Deploy.Tests.Docker;

/// <summary>One instruction of a Dockerfile, continuation lines joined: <c>RUN dotnet publish ...</c>.</summary>
internal sealed record DockerfileInstruction(string Keyword, string Arguments)
{
    public static IReadOnlyList<DockerfileInstruction> Load(string path)
    {
        var instructions = new List<DockerfileInstruction>();
        var pending = string.Empty;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1].Trim() + " ";
                continue;
            }

            var whole = pending + line;
            pending = string.Empty;
            if (whole.Length == 0)
            {
                continue;
            }

            var space = whole.IndexOf(' ', StringComparison.Ordinal);
            instructions.Add(space < 0
                ? new DockerfileInstruction(whole.ToUpperInvariant(), string.Empty)
                : new DockerfileInstruction(whole[..space].ToUpperInvariant(), whole[(space + 1)..].Trim()));
        }

        return instructions;
    }
}
