using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>Who a command is recorded as: the <c>X-Actor</c> header when given, else the authenticated name.</summary>
internal static class ActorName
{
    public const string Header = "X-Actor";

    private const int MaxLength = 200;

    public static string Of(HttpContext context)
    {
        var header = context.Request.Headers[Header].ToString().Trim();
        if (header.Length > 0)
        {
            return header.Length > MaxLength ? header[..MaxLength] : header;
        }

        return context.User.FindFirstValue(ClaimTypes.Name) ?? "admin";
    }
}
