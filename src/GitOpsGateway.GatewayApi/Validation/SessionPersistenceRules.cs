using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Validation;

internal static class SessionPersistenceRules
{
    public static void SessionPersistence(SessionPersistence persistence, string path, ErrorSink errors)
    {
        errors.OneOf(persistence.Type, [SessionPersistenceTypes.Cookie, SessionPersistenceTypes.Header], path + ".type");
        HttpRuleRules.Duration(persistence.AbsoluteTimeout, path + ".absoluteTimeout", errors);
        var isCookie = persistence.Type == SessionPersistenceTypes.Cookie;
        var isHeader = persistence.Type == SessionPersistenceTypes.Header;
        if (persistence.Cookie is { } cookie)
        {
            if (!isCookie)
            {
                errors.Add(path + ".cookie", "must be omitted unless type is Cookie.");
            }

            if (cookie.Name is { } name)
            {
                HeaderRules.Name(name, path + ".cookie.name", errors);
            }

            errors.MaxLength(cookie.Path, 1024, path + ".cookie.path");
            errors.OneOf(cookie.LifetimeType, ["Permanent", "Session"], path + ".cookie.lifetimeType");
            if (cookie.LifetimeType == "Permanent" && persistence.AbsoluteTimeout is null)
            {
                errors.Add(path + ".absoluteTimeout", "is required when the cookie lifetimeType is Permanent.");
            }
        }
        else if (isCookie)
        {
            errors.Add(path + ".cookie", "is required when type is Cookie.");
        }

        if (persistence.Header is { } header)
        {
            if (!isHeader)
            {
                errors.Add(path + ".header", "must be omitted unless type is Header.");
            }

            HeaderRules.Name(header.Name, path + ".header.name", errors);
        }
        else if (isHeader)
        {
            errors.Add(path + ".header", "is required when type is Header.");
        }
    }
}
