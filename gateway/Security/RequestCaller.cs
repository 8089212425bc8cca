using System.Security.Claims;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.Gateway.Security;

/// <summary>
/// The calling organisation, read from the validated token once per request. The rate limiter, the partner policy
/// and the audit line each need it, and reading it means looking up four claims, splitting the scopes and building a
/// set. Held as a request feature with the principal it was read from, so a request whose user changes
/// (authentication runs after the audit middleware starts) reads again.
/// </summary>
public static class RequestCaller
{
    public static CallerOrganisation? Caller(this HttpContext context)
    {
        var user = context.User;
        if (context.Features.Get<Reading>() is { } reading && ReferenceEquals(reading.From, user)) return reading.Caller;
        var caller = CallerOrganisation.FromPrincipal(user);
        context.Features.Set(new Reading(user, caller));
        return caller;
    }

    private sealed record Reading(ClaimsPrincipal From, CallerOrganisation? Caller);
}
