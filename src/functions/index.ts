// Entry of the functions bundle. The stand-in must be imported first (see its comment).
import "./runtimeStandIn";
import "./functions.generated";
