// Unit tests score with the shipped tone model, as the background does.
import '../../utils/tone/model/shipped';
