namespace KetamineInfo.Web.Cli;

/// <summary>
/// The site as the composition root builds it, handed to the commands: <see cref="Build"/> makes the host from the
/// command line's host arguments (a command may change the builder first, as export does), and
/// <see cref="UsePipeline"/> adds the request pipeline, for serving and export only: the other commands work on the
/// built services alone.
/// </summary>
internal sealed class SiteHost(Func<string[], Action<WebApplicationBuilder>, WebApplication> build, Action<WebApplication> usePipeline)
{
    public WebApplication Build(string[] hostArgs, Action<WebApplicationBuilder>? configure = null) =>
        build(hostArgs, configure ?? (_ => { }));

    public void UsePipeline(WebApplication app) => usePipeline(app);
}
