using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Routing;

/// <summary>Matches only well-formed slugs, so odd URLs (traversal, NUL, very long) never reach a page model.</summary>
internal sealed class SlugRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Slug.IsValid(value as string);
}
