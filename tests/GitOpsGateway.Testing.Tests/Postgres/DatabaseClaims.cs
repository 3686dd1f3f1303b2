using System.Collections.Concurrent;

namespace GitOpsGateway.Testing.Tests.Postgres;

/// <summary>Which test class got which database: a second class claiming the same name is the failure.</summary>
internal static class DatabaseClaims
{
    private static readonly ConcurrentDictionary<string, Type> Owners = new();

    public static Type Claim(string databaseName, Type testClass) => Owners.GetOrAdd(databaseName, testClass);
}
