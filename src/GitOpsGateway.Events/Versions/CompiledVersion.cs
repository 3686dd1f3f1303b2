using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GitOpsGateway.GatewayApi;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Serialization;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Events.Versions;

/// <summary>A compilation turned into the parts of a version event: tables as canonical JSON, every status, every diagnostic.</summary>
internal static class CompiledVersion
{
    public static RouteTableVersionPublished ToEvent(TranslationResult result, long number, VersionProvenance provenance)
    {
        var tables = result.Tables
            .Select(table => new PublishedTable
            {
                Gateway = table.Gateway.ToString(),
                Hash = RouteTableHash.Compute(table),
                Json = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(table)),
            })
            .OrderBy(table => table.Gateway, StringComparer.Ordinal)
            .ToList();

        var statuses = result.GatewayClasses.Select(pair => Status(new ResourceKey(ResourceKind.GatewayClass, string.Empty, pair.Key), StatusJson.Write(pair.Value)))
            .Concat(result.Gateways.Select(pair => Status(pair.Key, StatusJson.Write(pair.Value))))
            .Concat(result.Routes.Select(pair => Status(pair.Key, StatusJson.Write(pair.Value))))
            .OrderBy(status => status.Key)
            .Select(status => status.Published)
            .ToList();

        var diagnostics = result.Diagnostics.Select(diagnostic => new CompileDiagnostic
        {
            Resource = diagnostic.Object?.ToString(),
            Severity = diagnostic.Severity.ToString(),
            File = diagnostic.Location.File,
            Line = diagnostic.Location.Line,
            Column = diagnostic.Location.Column,
            FieldPath = diagnostic.FieldPath,
            Message = diagnostic.Message,
        }).ToList();

        return new RouteTableVersionPublished
        {
            Number = number,
            Hash = result.Hash,
            StatusHash = StatusHash(statuses, diagnostics),
            Provenance = provenance,
            Tables = tables,
            Statuses = statuses,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// SHA-256 of the statuses and diagnostics as JSON. Both lists are in a fixed order and their records serialise
    /// their properties in declaration order, so the same compilation hashes the same on any machine.
    /// </summary>
    public static string StatusHash(IReadOnlyList<PublishedStatus> statuses, IReadOnlyList<CompileDiagnostic> diagnostics)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { statuses, diagnostics });
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(json));
    }

    private static (ResourceKey Key, PublishedStatus Published) Status(ResourceKey key, string json) =>
        (key, new PublishedStatus { Kind = ResourceKinds.Name(key.Kind), Namespace = key.Namespace, Name = key.Name, Json = json });
}
