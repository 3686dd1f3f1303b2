using System.Security.Claims;
using GitOpsGateway.Events;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>
/// Who a command is recorded as: the authenticated identity, never a header. <c>X-On-Behalf-Of</c> (or, from older
/// clients, <c>X-Actor</c>) is kept only as a note beside it.
/// </summary>
internal static class CommandCallers
{
    public const string OnBehalfOfHeader = "X-On-Behalf-Of";

    /// <summary>What older ggctl versions and scripts send; read as an on-behalf-of note.</summary>
    public const string LegacyActorHeader = "X-Actor";

    private const int MaxNoteLength = 200;

    public static CommandCaller Of(HttpContext context)
    {
        var user = context.User;
        var name = user.FindFirstValue(IdentityClaims.Name)
            ?? throw new InvalidOperationException("A command reached its endpoint without an authenticated name.");
        return new CommandCaller
        {
            Name = name,
            Subject = user.FindFirstValue(IdentityClaims.Subject) ?? name,
            Issuer = user.FindFirstValue(IdentityClaims.Issuer) ?? IdentityClaims.ApiTokenIssuer,
            OnBehalfOf = Note(context.Request.Headers[OnBehalfOfHeader].ToString()) ?? Note(context.Request.Headers[LegacyActorHeader].ToString()),
        };
    }

    private static string? Note(string header)
    {
        var note = header.Trim();
        return note.Length == 0 ? null : note.Length > MaxNoteLength ? note[..MaxNoteLength] : note;
    }
}
