namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>An expected <c>status.listeners</c> entry; null fields are not checked.</summary>
internal sealed record ListenerExpectation(string Gateway, string Name, int? AttachedRoutes, IReadOnlyList<string>? SupportedKinds);
