namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>The route must have no <c>status.parents</c> entry for this Gateway.</summary>
internal sealed record AbsentParentExpectation(string Object, string Parent);
