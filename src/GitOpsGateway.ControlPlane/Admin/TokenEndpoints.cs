using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.ControlPlane.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>Named API tokens under <c>/api/v1/tokens</c>: admins create, list, revoke and rotate them, with no restart.</summary>
internal static class TokenEndpoints
{
    public static RouteGroupBuilder MapTokenEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/tokens", ListAsync).WithName("ListTokens").RequirePermission(Permission.ManageTokens);
        api.MapPost("/tokens", CreateAsync).WithName("CreateToken").RequirePermission(Permission.ManageTokens);
        api.MapPost("/tokens/{name}/revoke", RevokeAsync).WithName("RevokeToken").RequirePermission(Permission.ManageTokens);
        api.MapPost("/tokens/{name}/rotate", RotateAsync).WithName("RotateToken").RequirePermission(Permission.ManageTokens);
        return api;
    }

    private static async Task<Ok<List<TokenView>>> ListAsync(ApiTokenStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(token => TokenView.From(token, now)).ToList());
    }

    private static async Task<Results<Created<TokenView>, BadRequest<string>, Conflict<string>>> CreateAsync(
        TokenRequest request, HttpContext context, ApiTokenStore store, ControlPlaneSettings settings, TimeProvider clock,
        ILogger<ApiTokenStore> logger, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var scopes = (request.Scopes ?? []).Select(scope => scope.Trim()).Where(scope => scope.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var errors = ApiTokenRules.Check(request.Name, request.Role, scopes, settings).ToList();
        var (expiresAt, expiryError) = ApiTokenRules.Expiry(now, request.ExpiresAt, request.ExpiresInDays);
        if (expiryError is not null)
        {
            errors.Add(expiryError);
        }

        if (errors.Count > 0)
        {
            return TypedResults.BadRequest(string.Join(" ", errors));
        }

        var caller = CommandCallers.Of(context);
        var outcome = await store.CreateAsync(request.Name!, request.Role!, scopes, expiresAt!.Value, caller, cancellationToken);
        if (outcome.Status != ApiTokenOutcomeStatus.Done)
        {
            return TypedResults.Conflict(outcome.Error);
        }

        IdentityLog.TokenCreated(logger, request.Name!, caller.Describe(), request.Role!);
        return TypedResults.Created($"/api/v1/tokens/{request.Name}", TokenView.From(outcome.Token!, now, outcome.Secret));
    }

    private static async Task<Results<Ok<TokenView>, NotFound<string>, BadRequest<string>>> RevokeAsync(
        string name, HttpContext context, ApiTokenStore store, TimeProvider clock, ILogger<ApiTokenStore> logger, CancellationToken cancellationToken)
    {
        var caller = CommandCallers.Of(context);
        var outcome = await store.RevokeAsync(name, caller, cancellationToken);
        if (Refused(outcome) is { } refused)
        {
            return refused;
        }

        IdentityLog.TokenRevoked(logger, name, caller.Describe());
        return TypedResults.Ok(TokenView.From(outcome.Token!, clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<TokenView>, NotFound<string>, BadRequest<string>>> RotateAsync(
        string name, HttpContext context, ApiTokenStore store, TimeProvider clock, ILogger<ApiTokenStore> logger, CancellationToken cancellationToken,
        TokenRotation? rotation = null)
    {
        var now = clock.GetUtcNow();
        var (expiresAt, expiryError) = ApiTokenRules.Expiry(now, rotation?.ExpiresAt, rotation?.ExpiresInDays);
        if (expiryError is not null)
        {
            return TypedResults.BadRequest(expiryError);
        }

        var caller = CommandCallers.Of(context);
        var outcome = await store.RotateAsync(name, expiresAt!.Value, caller, cancellationToken);
        if (Refused(outcome) is { } refused)
        {
            return refused;
        }

        IdentityLog.TokenRotated(logger, name, caller.Describe());
        return TypedResults.Ok(TokenView.From(outcome.Token!, now, outcome.Secret));
    }

    private static Results<Ok<TokenView>, NotFound<string>, BadRequest<string>>? Refused(ApiTokenOutcome outcome) => outcome.Status switch
    {
        ApiTokenOutcomeStatus.Done => null,
        ApiTokenOutcomeStatus.NotFound => TypedResults.NotFound(outcome.Error),
        _ => TypedResults.BadRequest(outcome.Error),
    };
}
